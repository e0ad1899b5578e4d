package dev.compoundfer.ejb.registry;

import java.io.Serializable;
import java.time.LocalDateTime;

/** A stored model version as the console and REST clients see it. */
public record ModelVersionView(
    long id, long experimentId, String stage, String classes, String checksum, Double accuracy, boolean active,
    LocalDateTime createdAt)
    implements Serializable {}
