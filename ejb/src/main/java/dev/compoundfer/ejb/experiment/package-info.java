/** Experiments as the application sees them: create and validate, start, stop and restart their job, journal. */
package dev.compoundfer.ejb.experiment;
