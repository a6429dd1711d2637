// reader-watch.js: the readers and their cards, kept live from the agent's event stream.

/**
 * Follows the readers of an agent: the initial list, then `reader-*` and `card-*` events.
 * Calls `onChange(readers)` after every change and the event handlers given for one chosen reader.
 */
export class ReaderWatch {
  /**
   * @param {import("./mynumber-agent.js").AgentClient} client
   * @param {{onChange?: (readers: import("./mynumber-agent.js").Reader[]) => void,
   *   onCardInserted?: (id: string) => void, onCardRemoved?: (id: string) => void,
   *   onProgress?: (data: object) => void, onPinStatus?: (data: object) => void,
   *   onEvent?: (type: string, data: object) => void, onLink?: (connected: boolean) => void}} handlers
   */
  constructor(client, handlers) {
    this.client = client;
    this.handlers = handlers;
    /** @type {import("./mynumber-agent.js").Reader[]} */
    this.readers = [];
    /** Counts reader and card events, to spot a list fetched while one arrived. */
    this.changes = 0;
  }

  /** Loads the readers and opens the event stream. */
  async start() {
    this.stream = this.client.events({
      "reader-attached": () => { this.changes++; this.refresh(); },
      "reader-detached": () => { this.changes++; this.refresh(); },
      "card-inserted": (d) => { this.changes++; this._set(d.id, true, d.cardType); this.handlers.onCardInserted?.(d.id); },
      "card-removed": (d) => { this.changes++; this._set(d.id, false, null); this.handlers.onCardRemoved?.(d.id); },
      progress: (d) => this.handlers.onProgress?.(d),
      "pin-status": (d) => this.handlers.onPinStatus?.(d),
      "*": (type, d) => this.handlers.onEvent?.(type, d),
    }, {
      onOpen: () => { this.handlers.onLink?.(true); this.refresh(); },
      onError: () => this.handlers.onLink?.(false),
    });
    await this.refresh();
  }

  /**
   * Reloads the list from `GET /readers`. A card that came or went while the stream was down (e.g. during
   * page load or a reconnect) is reported as if its event had arrived.
   */
  async refresh() {
    let list = [];
    for (let attempt = 0; attempt < 3; attempt++) {
      const changes = this.changes;
      try {
        list = await this.client.readers();
      } catch {
        list = [];
      }
      // a reader or card event that arrived while the list was on its way is newer than the list
      if (changes === this.changes) break;
    }
    // compared with what is known now (events applied meanwhile included), so no change is reported twice
    const before = new Map(this.readers.map((r) => [r.id, r.cardPresent]));
    this.readers = list;
    this.handlers.onChange?.(this.readers);
    for (const r of this.readers) {
      if (!before.has(r.id) || before.get(r.id) === r.cardPresent) continue;
      if (r.cardPresent) this.handlers.onCardInserted?.(r.id);
      else this.handlers.onCardRemoved?.(r.id);
    }
  }

  /** The reader with this id, or undefined. */
  reader(id) {
    return this.readers.find((r) => r.id === id);
  }

  _set(id, present, cardType) {
    const r = this.reader(id);
    if (!r) {
      this.refresh();
      return;
    }
    r.cardPresent = present;
    r.cardType = present ? cardType : null;
    this.handlers.onChange?.(this.readers);
  }

  /** Closes the event stream. */
  close() {
    this.stream?.close();
  }
}

/**
 * Whether an event is about this reader: every event carries `id` and `reader` (the PC/SC name); the
 * name is also accepted, for agents older than the `id` on progress and pin-status events.
 * @param {{id?: string, reader?: string}} data @param {{id: string, name: string}|undefined} reader
 */
export function sameReader(data, reader) {
  return !!(data && reader && (data.id === reader.id || data.reader === reader.name));
}
