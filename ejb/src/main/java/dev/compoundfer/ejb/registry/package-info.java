/** The model registry: versions produced by experiments and the one active model that serves inference. */
package dev.compoundfer.ejb.registry;
