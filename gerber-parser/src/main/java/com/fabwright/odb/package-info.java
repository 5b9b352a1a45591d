/**
 * ODB++ import (ODB++ Design Format Specification v8.1): a product model tree, or one inside a
 * {@code .tgz}/{@code .tar}/{@code .zip} extracted by {@link com.fabwright.job.archive.JobInputs},
 * read into the same model as Gerber jobs: one {@link com.fabwright.image.Image} per matrix layer,
 * the step profile as the outline, drill layers as drill images, components as
 * {@link com.fabwright.assembly.Placement}s and {@code eda/data} nets as {@code .N} attributes.
 * {@link com.fabwright.odb.OdbReader} is the entry point; {@link com.fabwright.odb.OdbJobFiles}
 * turns a product into job files.
 */
package com.fabwright.odb;
