/**
 * The ODB++ matrix ({@code matrix/matrix}, spec "matrix file"): the steps (columns) and layers
 * (rows) of the product model, with each layer's type, context, polarity and drill span, and how a
 * matrix layer maps onto Fabwright's canonical layer ids.
 */
package com.fabwright.odb.matrix;
