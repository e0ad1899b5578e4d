/** Model versions produced by experiments, and which one serves inference. */
package dev.compoundfer.persistence.model;
