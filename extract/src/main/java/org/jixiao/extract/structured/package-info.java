/**
 * Assembly shared by the extractors of formats that carry their own structure (DOCX, DOC, HTML,
 * spreadsheets): block and table ids in reading order with provenance, and the slot-occupancy grid
 * that turns rows of spanned cells into table coordinates.
 */
package org.jixiao.extract.structured;
