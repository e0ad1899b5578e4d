/** The Excel evaluation report of an experiment. */
package dev.compoundfer.ejb.report;
