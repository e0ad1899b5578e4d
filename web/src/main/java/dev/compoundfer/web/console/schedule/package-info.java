/** The schedules page: experiments started on an EJB calendar. */
package dev.compoundfer.web.console.schedule;
