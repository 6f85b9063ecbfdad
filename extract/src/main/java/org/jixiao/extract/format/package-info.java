/** Format detection through Tika's detectors (magic bytes, zip containers, file name). */
package org.jixiao.extract.format;
