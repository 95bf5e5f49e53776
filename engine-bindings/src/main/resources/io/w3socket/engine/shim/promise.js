// promise.js: Promise (https://tc39.es/ecma262/#sec-promise-objects) for engines without one
// (Nashorn), on the shim's microtask queue, which the event loop drains after each task and each
// listener (HTML #perform-a-microtask-checkpoint). Rejections still unhandled at the end of a
// checkpoint fire unhandledrejection (HTML #notify-about-rejected-promises). GraalJS keeps its own.

var microtasks = [];
var pendingRejections = [];

function enqueueJob(job) {
  microtasks.push(job);
}

if (typeof Promise !== 'function') {
  (function () {
    var PENDING = 0;
    var FULFILLED = 1;
    var REJECTED = 2;

    function ShimPromise(executor) {
      if (!(this instanceof ShimPromise) || this[SLOT]) {
        throw new TypeError("Promise constructor cannot be invoked without 'new'");
      }
      if (typeof executor !== 'function') {
        throw new TypeError('Promise resolver ' + String(executor) + ' is not a function');
      }
      setSlot(this, {kinds: ['Promise'], state: PENDING, value: undefined, reactions: [], handled: false});
      var fns = resolvingFunctions(this);
      try {
        executor(fns.resolve, fns.reject);
      } catch (e) {
        fns.reject(e);
      }
    }

    /** #sec-createresolvingfunctions: one resolve and one reject, usable once between them. */
    function resolvingFunctions(promise) {
      var done = false;
      return {
        resolve: function (x) {
          if (done) {
            return;
          }
          done = true;
          resolvePromise(promise, x);
        },
        reject: function (r) {
          if (done) {
            return;
          }
          done = true;
          settle(promise, REJECTED, r);
        }
      };
    }

    /** #sec-promise-resolve-functions steps 7-16. */
    function resolvePromise(promise, x) {
      if (x === promise) {
        settle(promise, REJECTED, new TypeError('Chaining cycle detected for promise'));
        return;
      }
      if (!isObject(x)) {
        settle(promise, FULFILLED, x);
        return;
      }
      var then;
      try {
        then = x.then;
      } catch (e) {
        settle(promise, REJECTED, e);
        return;
      }
      if (typeof then !== 'function') {
        settle(promise, FULFILLED, x);
        return;
      }
      // NewPromiseResolveThenableJob.
      enqueueJob(function () {
        var fns = resolvingFunctions(promise);
        try {
          then.call(x, fns.resolve, fns.reject);
        } catch (e) {
          fns.reject(e);
        }
      });
    }

    function settle(promise, state, value) {
      var s = promise[SLOT];
      s.state = state;
      s.value = value;
      var reactions = s.reactions;
      s.reactions = [];
      if (state === REJECTED && !s.handled) {
        pendingRejections.push(promise);
      }
      for (var i = 0; i < reactions.length; i++) {
        queueReaction(reactions[i], state, value);
      }
    }

    /** NewPromiseReactionJob. */
    function queueReaction(reaction, state, value) {
      enqueueJob(function () {
        var handler = state === FULFILLED ? reaction.onFulfilled : reaction.onRejected;
        if (typeof handler !== 'function') {
          (state === FULFILLED ? reaction.resolve : reaction.reject)(value);
          return;
        }
        var result;
        try {
          result = handler(value);
        } catch (e) {
          reaction.reject(e);
          return;
        }
        reaction.resolve(result);
      });
    }

    defineMethods(ShimPromise.prototype, {
      /** #sec-promise.prototype.then. */
      then: function (onFulfilled, onRejected) {
        var s = slotOf(this, 'Promise');
        var capability = {};
        var derived = new ShimPromise(function (resolve, reject) {
          capability.resolve = resolve;
          capability.reject = reject;
        });
        var reaction = {onFulfilled: onFulfilled, onRejected: onRejected,
          resolve: capability.resolve, reject: capability.reject};
        if (s.state === PENDING) {
          s.reactions.push(reaction);
        } else {
          queueReaction(reaction, s.state, s.value);
        }
        if (!s.handled) {
          s.handled = true;
          var i = pendingRejections.indexOf(this);
          if (i >= 0) {
            pendingRejections.splice(i, 1);
          }
        }
        return derived;
      },
      'catch': function (onRejected) {
        return this.then(undefined, onRejected);
      },
      /** #sec-promise.prototype.finally. */
      'finally': function (onFinally) {
        if (typeof onFinally !== 'function') {
          return this.then(onFinally, onFinally);
        }
        return this.then(function (value) {
          return ShimPromise.resolve(onFinally()).then(function () {
            return value;
          });
        }, function (reason) {
          return ShimPromise.resolve(onFinally()).then(function () {
            throw reason;
          });
        });
      }
    });

    function toList(iterable, what) {
      if (Array.isArray(iterable)) {
        return iterable;
      }
      if (isObject(iterable) && typeof iterable.length === 'number') {
        return Array.prototype.slice.call(iterable);
      }
      return iterate(iterable, what);
    }

    function aggregateError(errors) {
      var e = new Error('All promises were rejected');
      e.name = 'AggregateError';
      e.errors = errors;
      return e;
    }

    defineMethods(ShimPromise, {
      resolve: function (x) {
        if (isObject(x) && x[SLOT] && x[SLOT].kinds.indexOf('Promise') >= 0) {
          return x;
        }
        return new ShimPromise(function (resolve) {
          resolve(x);
        });
      },
      reject: function (r) {
        return new ShimPromise(function (resolve, reject) {
          reject(r);
        });
      },
      all: function (iterable) {
        return combine(iterable, 'all');
      },
      allSettled: function (iterable) {
        return combine(iterable, 'allSettled');
      },
      any: function (iterable) {
        return combine(iterable, 'any');
      },
      race: function (iterable) {
        return new ShimPromise(function (resolve, reject) {
          var list = toList(iterable, "execute 'race' on 'Promise'");
          for (var i = 0; i < list.length; i++) {
            ShimPromise.resolve(list[i]).then(resolve, reject);
          }
        });
      }
    });

    /** Promise.all, allSettled and any: one result per element, in order. */
    function combine(iterable, kind) {
      return new ShimPromise(function (resolve, reject) {
        var list = toList(iterable, "execute '" + kind + "' on 'Promise'");
        var results = new Array(list.length);
        var remaining = list.length;
        if (remaining === 0) {
          if (kind === 'any') {
            reject(aggregateError([]));
          } else {
            resolve(results);
          }
          return;
        }
        list.forEach(function (item, i) {
          ShimPromise.resolve(item).then(function (value) {
            if (kind === 'any') {
              resolve(value);
              return;
            }
            results[i] = kind === 'all' ? value : {status: 'fulfilled', value: value};
            if (--remaining === 0) {
              resolve(results);
            }
          }, function (reason) {
            if (kind === 'all') {
              reject(reason);
              return;
            }
            results[i] = kind === 'any' ? reason : {status: 'rejected', reason: reason};
            if (--remaining === 0) {
              if (kind === 'any') {
                reject(aggregateError(results));
              } else {
                resolve(results);
              }
            }
          });
        });
      });
    }

    define(global, 'Promise', ShimPromise);
    hasPromise = true;
  })();
}
