package dev.compoundfer.ejb.inference;

import jakarta.ejb.Local;

/** The local view, for the web module and other beans of this application. */
@Local
public interface ExpressionRecognizer extends ExpressionRecognition {}
