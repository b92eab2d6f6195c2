// Reference descriptor generator for Reunite's converted face-recognition network.
//
// Usage: node reference.mjs CHIP.ppm OUT.json [MODEL_DIR]
//   CHIP.ppm   binary PPM (P6), 150x150, maxval 255: an aligned face chip.
//   OUT.json   written as {"descriptor": [128 numbers], "source": "...", "chip": "<basename>"}.
//   MODEL_DIR  folder holding face_recognition_model-weights_manifest.json and its .bin shards;
//              defaults to node_modules/@vladmandic/face-api/model next to this script.
//
// The descriptor comes from face-api's own FaceRecognitionNet forward pass
// (computeFaceDescriptor) on the pure-JS tfjs CPU backend, with the weights decoded by
// tf.io.decodeWeights from the manifest. face-api's dist/face-api.esm-nobundle.js is loaded through
// faceapi-hooks.mjs onto the @tensorflow/tfjs package pinned in package-lock.json (Node >= 20.6). OUT.json is written atomically (OUT.json.tmp, then rename).
// Exit code 0 on success, 2 on bad arguments or inputs, 1 on any other failure; errors go to stderr.
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { register } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import * as tf from '@tensorflow/tfjs';

const CHIP_SIZE = 150;
const DESCRIPTOR_LENGTH = 128;
const MODEL_NAME = 'face_recognition_model';
const SOURCE = '@vladmandic/face-api@1.7.15 FaceRecognitionNet, tfjs cpu';

class InputError extends Error {}
class OutputError extends Error {}

const scriptDir = path.dirname(fileURLToPath(import.meta.url));

function isPpmWhitespace(byte) {
  return byte === 0x20 || byte === 0x09 || byte === 0x0a || byte === 0x0b || byte === 0x0c || byte === 0x0d;
}

// Parses a binary PPM and returns its RGB bytes; throws InputError naming the problem.
function parsePpm(bytes, name) {
  let pos = 0;
  const nextToken = () => {
    for (;;) {
      while (pos < bytes.length && isPpmWhitespace(bytes[pos])) pos += 1;
      if (pos < bytes.length && bytes[pos] === 0x23) {
        while (pos < bytes.length && bytes[pos] !== 0x0a && bytes[pos] !== 0x0d) pos += 1;
      } else {
        break;
      }
    }
    const start = pos;
    while (pos < bytes.length && !isPpmWhitespace(bytes[pos]) && bytes[pos] !== 0x23) pos += 1;
    if (start === pos) throw new InputError(`${name}: truncated PPM header`);
    return Buffer.from(bytes.subarray(start, pos)).toString('latin1');
  };
  const readInt = (what) => {
    const token = nextToken();
    if (!/^\d+$/.test(token)) throw new InputError(`${name}: PPM ${what} "${token}" is not a number`);
    return Number(token);
  };

  const magic = nextToken();
  if (magic !== 'P6') {
    throw new InputError(`${name}: not a binary PPM (magic "${magic}", expected "P6")`);
  }
  const width = readInt('width');
  const height = readInt('height');
  const maxval = readInt('maxval');
  if (width !== CHIP_SIZE || height !== CHIP_SIZE) {
    throw new InputError(`${name}: chip is ${width}x${height}, expected ${CHIP_SIZE}x${CHIP_SIZE}`);
  }
  if (maxval !== 255) throw new InputError(`${name}: PPM maxval is ${maxval}, expected 255`);
  if (pos >= bytes.length || !isPpmWhitespace(bytes[pos])) {
    throw new InputError(`${name}: PPM header not followed by pixel data`);
  }
  pos += 1;
  const expected = width * height * 3;
  const available = bytes.length - pos;
  if (available !== expected) {
    throw new InputError(`${name}: PPM holds ${available} pixel bytes, expected ${expected}`);
  }
  return bytes.subarray(pos, pos + expected);
}

function bytesPerValue(dtype) {
  switch (dtype) {
    case 'float32': case 'int32': return 4;
    case 'float16': return 2;
    case 'uint8': case 'bool': return 1;
    default: throw new InputError(`unsupported weight dtype "${dtype}"`);
  }
}

// Reads the manifest and its shards and returns face-api's weight map.
async function loadWeightMap(modelDir) {
  const manifestPath = path.join(modelDir, `${MODEL_NAME}-weights_manifest.json`);
  let manifest;
  try {
    manifest = JSON.parse(await readFile(manifestPath, 'utf8'));
  } catch (err) {
    throw new InputError(`cannot read weights manifest ${manifestPath}: ${err.message}`);
  }
  if (!Array.isArray(manifest)) throw new InputError(`${manifestPath}: expected a JSON array of weight groups`);

  const specs = [];
  const shards = [];
  for (const group of manifest) {
    if (!Array.isArray(group?.paths) || !Array.isArray(group?.weights)) {
      throw new InputError(`${manifestPath}: weight group without "paths"/"weights" arrays`);
    }
    for (const shard of group.paths) {
      const shardPath = path.join(modelDir, shard);
      try {
        shards.push(await readFile(shardPath));
      } catch (err) {
        throw new InputError(`cannot read weights shard ${shardPath}: ${err.message}`);
      }
    }
    specs.push(...group.weights);
  }

  const expectedBytes = specs.reduce((sum, spec) => {
    const count = spec.shape.reduce((a, b) => a * b, 1);
    return sum + count * bytesPerValue(spec.quantization?.dtype ?? spec.dtype);
  }, 0);
  const weights = Buffer.concat(shards);
  if (weights.length !== expectedBytes) {
    throw new InputError(`weights in ${modelDir} hold ${weights.length} bytes, manifest describes ${expectedBytes}`);
  }
  const buffer = weights.buffer.slice(weights.byteOffset, weights.byteOffset + weights.length);
  return tf.io.decodeWeights(buffer, specs);
}

async function main(argv) {
  if (argv.length < 2 || argv.length > 3) {
    throw new InputError('usage: node reference.mjs CHIP.ppm OUT.json [MODEL_DIR]');
  }
  const [chipPath, outPath] = argv;
  const modelDir = argv[2] ?? path.join(scriptDir, 'node_modules', '@vladmandic', 'face-api', 'model');

  let chipBytes;
  try {
    chipBytes = await readFile(chipPath);
  } catch (err) {
    throw new InputError(`cannot read chip ${chipPath}: ${err.message}`);
  }
  const rgb = parsePpm(chipBytes, chipPath);

  register('./faceapi-hooks.mjs', import.meta.url);
  const faceapi = await import('@vladmandic/face-api/dist/face-api.esm-nobundle.js');

  if (!(await tf.setBackend('cpu'))) throw new Error('the tfjs cpu backend could not be initialised');
  await tf.ready();

  const net = new faceapi.FaceRecognitionNet();
  net.loadFromWeightMap(await loadWeightMap(modelDir));

  const chip = tf.tensor3d(Int32Array.from(rgb), [CHIP_SIZE, CHIP_SIZE, 3], 'int32');
  const descriptor = await net.computeFaceDescriptor(chip);
  chip.dispose();
  if (!(descriptor instanceof Float32Array) || descriptor.length !== DESCRIPTOR_LENGTH) {
    throw new Error(`face-api returned ${descriptor?.length} values, expected ${DESCRIPTOR_LENGTH}`);
  }
  if (tf.getBackend() !== 'cpu') throw new Error(`tfjs ran on "${tf.getBackend()}", expected "cpu"`);

  const result = {
    descriptor: Array.from(descriptor),
    source: SOURCE,
    chip: path.basename(chipPath),
  };
  const tmpPath = `${outPath}.tmp`;
  try {
    await writeFile(tmpPath, `${JSON.stringify(result, null, 1)}\n`);
    await rename(tmpPath, outPath);
  } catch (err) {
    await rm(tmpPath, { force: true });
    throw new OutputError(`cannot write ${outPath}: ${err.message}`);
  }
}

try {
  await main(process.argv.slice(2));
} catch (err) {
  const known = err instanceof InputError || err instanceof OutputError;
  process.stderr.write(`reference.mjs: ${known ? err.message : err.stack ?? err}\n`);
  process.exitCode = err instanceof InputError ? 2 : 1;
}
