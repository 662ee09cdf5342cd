/**
 * Our data file format: UTF-8, tab-separated, {@code #} comments, every line checked for its
 * column count, errors naming the file and line ({@link org.entente.data.TsvFile}).
 */
package org.entente.data;
