package dev.compoundfer.ejb.inference;

import jakarta.ejb.Remote;

/** The remote view of {@link ExpressionRecognizer}, for applications in other JVMs. */
@Remote
public interface RemoteExpressionRecognizer {
  Recognition recognize(byte[] image);
}
