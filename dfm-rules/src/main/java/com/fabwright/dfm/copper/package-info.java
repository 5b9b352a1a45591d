/**
 * Copper as DFM rules see it: the CAD objects of each copper layer as features with nets and
 * shapes, their spatial index, and closed-form gap measurement between them.
 */
package com.fabwright.dfm.copper;
