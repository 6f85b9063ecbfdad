/**
 * Microsoft Office formats: DOCX read with POI's XWPF (merged cells recovered as spans), legacy DOC
 * through Tika's OfficeParser, XLSX/XLS sheets with POI, and the checks that turn encrypted,
 * corrupt, truncated or zip-bomb packages into typed diagnostics.
 */
package org.jixiao.extract.office;
