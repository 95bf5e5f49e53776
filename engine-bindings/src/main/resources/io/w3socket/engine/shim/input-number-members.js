// input-number-members.js: HTMLInputElement's valueAsNumber, valueAsDate, stepUp and stepDown
// (HTML #dom-input-valueasnumber and the rest) as stubs (webidl.js lazyMembers) that load the lazy
// module numbers (input-numbers.js), whose definitions replace them; the value sanitization of the
// number, range, date and time types (form-controls.js) loads it too.

lazyMembers('numbers', HTMLInputElement, 'valueAsNumber valueAsDate stepUp() stepDown()');
