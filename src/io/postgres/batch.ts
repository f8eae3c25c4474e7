// Requests made while other documents are being checked are answered together: one query, one
// round trip, for all that arrived in the same turn of the event loop (up to `max`).
interface Waiting<Q, A> {
  question: Q;
  resolve(answer: A): void;
  reject(error: unknown): void;
}

export class Batcher<Q, A> {
  private waiting: Array<Waiting<Q, A>> = [];

  constructor(
    private readonly answerAll: (questions: Q[]) => Promise<A[]>,
    private readonly max: number,
  ) {}

  ask(question: Q): Promise<A> {
    return new Promise<A>((resolve, reject) => {
      this.waiting.push({ question, resolve, reject });
      if (this.waiting.length === 1) setImmediate(() => this.flush());
      else if (this.waiting.length >= this.max) this.flush();
    });
  }

  private flush(): void {
    const batch = this.waiting;
    if (batch.length === 0) return;
    this.waiting = [];
    this.answerAll(batch.map((w) => w.question)).then(
      (answers) => batch.forEach((w, i) => w.resolve(answers[i])),
      (error: unknown) => batch.forEach((w) => w.reject(error)),
    );
  }
}
