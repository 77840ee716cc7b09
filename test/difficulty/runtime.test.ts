import { describe, expect, it, vi } from 'vitest';

// The choice is made once per process; test files share modules (isolate: false), so this test
// imports a fresh copy of the module to see a first choice.
async function freshUseDevice() {
  vi.resetModules();
  return (await import('../../datasets/difficulty/runtime.js')).useDevice;
}

describe('device choice', () => {
  it('auto uses a GPU when one answers, else the CPU with a one-line notice; gpu then refuses the CPU', async () => {
    const useDevice = await freshUseDevice();
    const notices: string[] = [];
    const backend = await useDevice('auto', (m) => notices.push(m));
    if (backend === 'wasm') {
      expect(notices).toHaveLength(1);
      expect(notices[0]).toMatch(/^difficulty: no GPU backend \(.*\); using the CPU \(wasm\)$/);
      await expect(useDevice('gpu')).rejects.toThrow('--device gpu: this process already runs on the CPU backend');
    } else expect(backend).toBe('webgpu');
    await expect(useDevice('tpu' as never)).rejects.toThrow('--device: got "tpu"; allowed: auto, cpu, gpu');
  });
});
