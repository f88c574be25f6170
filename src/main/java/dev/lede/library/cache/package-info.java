/**
 * The list cache: one file per library folder holding each story's file stamp, summary and problems, so that a
 * library whose files did not change is listed without reading them. Disposable: a cache that is missing, torn or
 * from another build is rebuilt. Written into a folder of lede's own through {@code safefile.OwnFolder}.
 */
package dev.lede.library.cache;
