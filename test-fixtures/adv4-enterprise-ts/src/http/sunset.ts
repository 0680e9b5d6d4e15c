/** Decorator for endpoints with a published sunset date (RFC 8594). */
export function Sunset(isoDate: string) {
  return function (_target: object, _key: string, desc: PropertyDescriptor) {
    const original = desc.value;
    desc.value = function (...args: unknown[]) {
      if (Date.now() >= Date.parse(isoDate)) { // expect-known-miss: js/hardcoded-expiry (date passed to a helper as an argument from a decorator) error
        throw Object.assign(new Error('This endpoint has been sunset; use /v3/orders'), { status: 410 });
      }
      return original.apply(this, args);
    };
  };
}
