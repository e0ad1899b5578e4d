/** Model versions produced by experiments, which one serves inference, and the pretrained backbones experiments can start from. */
package dev.compoundfer.persistence.model;
