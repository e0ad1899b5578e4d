package dev.compoundfer.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** Serves the API under {@code /api}. */
@ApplicationPath("api")
public class RestApplication extends Application {}
