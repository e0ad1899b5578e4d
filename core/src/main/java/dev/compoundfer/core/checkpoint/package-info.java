/** Checkpoints written atomically with a checksum, so a restarted phase resumes where it stopped. */
package dev.compoundfer.core.checkpoint;
