;; The keyword automaton's byte loop, in WebAssembly: about twice as fast as the same loop in
;; JavaScript (no bounds checks, no tagging), which on a history scan is most of the matching.
;; `npm run build:wasm` turns this file into src/engine/dfa-wasm.ts (a test checks they agree).
;;
;; Memory layout (set up by src/engine/wasm-walker.ts):
;;   cls    256 u32: for each byte, its column's byte offset within a row
;;   events (end offset, state row address) pairs, written on every accepting step
;;   table  rows of u32: each entry is the absolute byte address of the next state's row;
;;          rows of accepting states come last, from address `acc` on
;;   text   the bytes to walk
(module
  (import "env" "memory" (memory 1))
  ;; The current state's row address, carried over between calls (the text comes in windows).
  (global $s (export "state") (mut i32) (i32.const 0))
  ;; Where the next event goes.
  (global $ev (export "events") (mut i32) (i32.const 0))
  ;; Walks [p, end); stops early when the event area is full. Returns where it stopped.
  (func (export "walk") (param $p i32) (param $end i32) (param $cls i32) (param $acc i32) (param $evEnd i32) (result i32)
    (local $s i32) (local $ev i32)
    (local.set $s (global.get $s))
    (local.set $ev (global.get $ev))
    (block $done
      (br_if $done (i32.ge_u (local.get $p) (local.get $end)))
      (loop $loop
        ;; s = table[s + cls[byte]]: one dependent load per byte
        (local.set $s
          (i32.load (i32.add (local.get $s)
            (i32.load (i32.add (local.get $cls) (i32.shl (i32.load8_u (local.get $p)) (i32.const 2)))))))
        (local.set $p (i32.add (local.get $p) (i32.const 1)))
        (if (i32.ge_u (local.get $s) (local.get $acc))
          (then
            (i32.store (local.get $ev) (local.get $p))
            (i32.store offset=4 (local.get $ev) (local.get $s))
            (local.set $ev (i32.add (local.get $ev) (i32.const 8)))
            (br_if $done (i32.ge_u (local.get $ev) (local.get $evEnd)))))
        (br_if $loop (i32.lt_u (local.get $p) (local.get $end)))))
    (global.set $s (local.get $s))
    (global.set $ev (local.get $ev))
    (local.get $p))
)
