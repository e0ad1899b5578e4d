/** Registered datasets: validation of a registration, a scan through core's readers, a contact-sheet preview. */
package dev.compoundfer.ejb.dataset;
