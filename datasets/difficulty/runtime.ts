import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import { FieldError, VeriforgeError } from '../../core/errors.js';
import { DEVICES, type Device } from './devices.js';

export { DEVICES, type Device };

let chosen: string | undefined;

/**
 * Picks the TF.js backend once: `cpu` is the wasm backend; `gpu` is WebGPU through Dawn (the
 * optional `@tensorflow/tfjs-backend-webgpu` and `webgpu` packages, which need a GPU and Vulkan);
 * `auto` tries the GPU and falls back to the CPU with a one-line notice.
 */
export async function useDevice(device: Device = 'cpu', notice: (msg: string) => void = (m) => process.stderr.write(`${m}\n`)): Promise<string> {
  if (!DEVICES.includes(device)) throw new FieldError('--device', device, DEVICES.join(', '));
  if (chosen) {
    if (device === 'gpu' && chosen !== 'webgpu') throw new VeriforgeError('--device gpu: this process already runs on the CPU backend');
    return chosen;
  }
  if (device !== 'cpu') {
    const why = await tryWebGpu();
    if (!why) return (chosen = 'webgpu');
    if (device === 'gpu') throw new VeriforgeError(`--device gpu: ${why}`);
    notice(`difficulty: no GPU backend (${why}); using the CPU (wasm)`);
  }
  await tf.setBackend('wasm');
  await tf.ready();
  return (chosen = 'wasm');
}

async function tryWebGpu(): Promise<string | undefined> {
  try {
    const dawn = (await import('webgpu')) as unknown as { create(flags: string[]): { requestAdapter(): Promise<unknown> }; globals: object };
    const gpu = dawn.create([]);
    // Ask Dawn first: TF.js would otherwise log a stack trace for a missing adapter.
    if (!(await gpu.requestAdapter())) return 'WebGPU found no adapter (needs an NVIDIA/AMD GPU with Vulkan)';
    Object.assign(globalThis, dawn.globals);
    Object.defineProperty(globalThis, 'navigator', { value: { gpu }, configurable: true });
    await import('@tensorflow/tfjs-backend-webgpu');
    if (!(await tf.setBackend('webgpu'))) return 'WebGPU found no adapter';
    await tf.ready();
    return undefined;
  } catch (e) {
    return `WebGPU unavailable: ${(e as Error).message.split('\n')[0]}`;
  }
}

export { tf };
