package com.fabwright.board;

import com.fabwright.image.Image;
import com.fabwright.job.identify.LayerIdentity;

/**
 * A layer of the board: the file's job path, its identification and its image.
 *
 * @param path  job path of the file
 * @param layer identification
 * @param image content
 */
public record BoardLayer(String path, LayerIdentity layer, Image image) {
}
