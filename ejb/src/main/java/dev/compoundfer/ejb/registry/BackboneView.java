package dev.compoundfer.ejb.registry;

import java.io.Serializable;
import java.time.LocalDateTime;

/** A registered pretrained backbone as REST clients and the console see it; provenance is the artifact's JSON. */
public record BackboneView(
    long id, String method, String backbone, int imageSize, int channels, String path, String sha256,
    String provenance, LocalDateTime registeredAt)
    implements Serializable {}
