import { tf } from './runtime.js';

/**
 * Side of the grey image the built-in encoder sees; cost grows with its square. 64 (7 pixels per
 * cell of a 9×9 sudoku) keeps the whole encoder near 1 ms of CPU per image, decode included; at 128
 * the filter bank alone took 1 ms.
 */
export const ENCODER_SIZE = 64;

/**
 * The built-in image encoder: a fixed filter bank (no training, no download), documented so its
 * features mean the same on every machine. 8 filters of 5×5 on the grey image — horizontal and
 * vertical Sobel edges, two diagonal edges, a Laplacian (blobs, dots, text strokes), a box blur
 * (ink mass), and horizontal / vertical line detectors — applied at two scales (64² and, after
 * 2×2 average pooling, 32²). Each response is rectified; the features are its mean and standard
 * deviation per filter and scale, plus global ink share and contrast: 8 × 2 × 2 + 2 = 34 numbers.
 */
export const BUILTIN_FEATURES = 34;

function filterBank(): tf.Tensor4D {
  const k: number[][][] = [];
  const z = () => Array.from({ length: 5 }, () => Array(5).fill(0));
  const sobelX = z(), sobelY = z(), diag1 = z(), diag2 = z(), lap = z(), box = z(), hline = z(), vline = z();
  const sx = [[-1, 0, 1], [-2, 0, 2], [-1, 0, 1]];
  for (let i = 0; i < 3; i++) for (let j = 0; j < 3; j++) {
    sobelX[i + 1][j + 1] = sx[i][j];
    sobelY[i + 1][j + 1] = sx[j][i];
    diag1[i + 1][j + 1] = [[0, 1, 2], [-1, 0, 1], [-2, -1, 0]][i][j];
    diag2[i + 1][j + 1] = [[-2, -1, 0], [-1, 0, 1], [0, 1, 2]][i][j];
    lap[i + 1][j + 1] = i === 1 && j === 1 ? 8 : -1;
  }
  for (let i = 0; i < 5; i++) for (let j = 0; j < 5; j++) {
    box[i][j] = 1 / 25;
    hline[i][j] = i === 2 ? 2 / 5 : -1 / 10;
    vline[i][j] = j === 2 ? 2 / 5 : -1 / 10;
  }
  k.push(sobelX, sobelY, diag1, diag2, lap, box, hline, vline);
  // [5, 5, 1, 8] as conv2d wants: height, width, in channels, out channels
  const data = new Float32Array(5 * 5 * 8);
  for (let i = 0; i < 5; i++) for (let j = 0; j < 5; j++) for (let f = 0; f < 8; f++) data[(i * 5 + j) * 8 + f] = k[f][i][j];
  return tf.tensor4d(data, [5, 5, 1, 8]);
}

let bank: tf.Tensor4D | undefined;

/** Built-in features for a batch of grey images in [0, 1], shape [n, size, size, 1]. */
export function builtinFeatures(batch: tf.Tensor4D): tf.Tensor2D {
  // Kept: made inside a caller's tf.tidy() it would otherwise be disposed with that scope.
  bank ??= tf.keep(filterBank());
  return tf.tidy(() => {
    const ink = tf.sub(1, batch) as tf.Tensor4D;
    const stats = (x: tf.Tensor4D) => {
      const r = tf.conv2d(x, bank!, 1, 'same');
      // std of |r| from E[r²] − E[|r|]²: one pass fewer than tf.moments (a fifth of the encoder's time)
      const mean = tf.mean(tf.abs(r), [1, 2]);
      const std = tf.sqrt(tf.relu(tf.sub(tf.mean(tf.square(r), [1, 2]), tf.square(mean))));
      return [mean.reshape([x.shape[0], 8]), std.reshape([x.shape[0], 8])];
    };
    const half = tf.avgPool(ink, 2, 2, 'valid') as tf.Tensor4D;
    const { mean: inkMean, variance } = tf.moments(ink, [1, 2, 3]);
    return tf.concat([...stats(ink), ...stats(half), inkMean.reshape([-1, 1]), tf.sqrt(variance).reshape([-1, 1])], 1) as tf.Tensor2D;
  });
}

/** Built-in features of n grey size² images laid end to end: n × BUILTIN_FEATURES numbers. */
export async function featuresOfGreys(greys: Float32Array, n: number, size = ENCODER_SIZE): Promise<Float32Array> {
  const input = tf.tensor4d(greys, [n, size, size, 1]);
  const feats = builtinFeatures(input);
  try {
    return (await feats.data()) as Float32Array;
  } finally {
    input.dispose();
    feats.dispose();
  }
}
