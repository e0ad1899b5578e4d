/** Metric values stored cell by cell, so reports and the console can query them. */
package dev.compoundfer.persistence.metric;
