/** Expression recognition for other applications: local and remote views over the active model. */
package dev.compoundfer.ejb.inference;
