/**
 * Facts from sentences: offset-keeping Chinese sentence splitting, and a reader that gives each
 * number the phase and scope words printed before it (or inherited within the sentence and
 * paragraph), with 其中 parts, 占…% shares and 较上年 changes.
 */
package org.jixiao.extract.figures.sentence;
