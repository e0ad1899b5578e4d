package dev.compoundfer.ejb.inference;

import jakarta.ejb.Remote;

/**
 * The remote view, for applications in other JVMs over IIOP: look it up as
 * {@code java:global/compound-fer/compound-fer-ejb/ExpressionRecognizerBean!dev.compoundfer.ejb.inference.RemoteExpressionRecognizer}.
 */
@Remote
public interface RemoteExpressionRecognizer extends ExpressionRecognition {}
