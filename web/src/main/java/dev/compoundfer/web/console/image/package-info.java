/** Images the console shows: thumbnails of dataset images, served only for images an experiment references. */
package dev.compoundfer.web.console.image;
