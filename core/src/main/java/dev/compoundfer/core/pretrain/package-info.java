/**
 * Pretraining of backbones before the teacher: contrastive (SimCLR) on unlabeled faces, supervised on any labelled
 * faces, action-unit regression on synthetic FACS faces; the result is a {@link BackboneArtifact} the teacher starts
 * from.
 */
package dev.compoundfer.core.pretrain;
