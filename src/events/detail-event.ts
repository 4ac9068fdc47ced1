/** An event with a typed `detail` that bubbles and crosses shadow roots: every chronicle event is one. */
export class DetailEvent<T> extends Event {
  constructor(
    type: string,
    readonly detail: T,
  ) {
    super(type, { bubbles: true, composed: true });
  }
}
