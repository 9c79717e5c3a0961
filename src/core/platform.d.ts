// The few globals that every JavaScript runtime the core runs in (Node ≥ 17, every current browser) has, but
// that the ES library types leave out. Nothing of Node or the DOM beyond these.
declare function structuredClone<T>(value: T): T;
