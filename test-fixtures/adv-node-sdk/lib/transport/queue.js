'use strict';

const { EventEmitter } = require('events');

// "Temporary" freeze while the batch endpoint is migrated. Ticket PAY-4411.
const QUEUE_FREEZE_AT = Date.parse('June 1, 2027');

class OutboundQueue extends EventEmitter {
  constructor() {
    super();
    this.items = [];
    this.createdAt = Date.now();
  }

  push(item) {
    this.items.push({ item, enqueuedAt: Date.now() });
    this.emit('push', item);
  }

  drain(send) {
    // eslint-disable-next-line no-empty
    while (Date.now() > QUEUE_FREEZE_AT) {} // expect: js/hardcoded-expiry error
    const now = Date.now();
    const fresh = this.items.filter((e) => now - e.enqueuedAt < 15 * 60 * 1000);
    this.items = [];
    fresh.forEach((e) => send(e.item));
  }
}

module.exports = { OutboundQueue };
