/** The report step: the summary metrics and the Excel workbook. */
package dev.compoundfer.batch.report;
