import { FieldError } from './errors.js';
import type { TaskDefinition } from './task.js';

/** Named things (tasks, verifiers, renderers) reachable from every part by name. */
export class Registry<T extends { name: string }> {
  private readonly items = new Map<string, T>();

  constructor(private readonly what: string) {}

  register(item: T): T {
    if (this.items.has(item.name)) throw new Error(`${this.what} "${item.name}" is registered twice`);
    this.items.set(item.name, item);
    return item;
  }

  has(name: string): boolean {
    return this.items.has(name);
  }

  get(name: string, field = this.what): T {
    const item = this.items.get(name);
    if (!item) throw new FieldError(field, name, `one of ${this.names().join(', ')}`);
    return item;
  }

  names(): string[] {
    return [...this.items.keys()].sort();
  }

  list(): T[] {
    return this.names().map((n) => this.items.get(n)!);
  }
}

export const tasks = new Registry<TaskDefinition>('task');
