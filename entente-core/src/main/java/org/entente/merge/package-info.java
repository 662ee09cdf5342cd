/**
 * The merge stage: reports of one happening from many articles become one
 * {@link org.entente.merge.MergedEvent} with its mentions ({@link org.entente.merge.EventMerger}).
 */
package org.entente.merge;
