;; The keyword automaton's byte loop, in WebAssembly: about twice as fast as the same loop in
;; JavaScript (no bounds checks, no tagging), which on a history scan is most of the matching.
;; `walk2` walks two stretches of text at once: each byte's step waits for the load of the step
;; before it, so one walk leaves the processor idle most of the time; two independent walks in
;; one loop fill that time (see src/engine/wasm-walker.ts for how a text is split in two).
;; `npm run build:wasm` turns this file into src/engine/dfa-wasm.ts (a test checks they agree).
;;
;; Memory layout (set up by src/engine/wasm-walker.ts):
;;   cls    256 u32: for each byte, its column's byte offset within a row
;;   runs   256 u32: for each byte, a mask of the run counters it continues (see below)
;;   events (end offset, state row address) pairs, written on every accepting step
;;   table  rows of u32: each entry is the absolute byte address of the next state's row;
;;          rows of accepting states come last, from address `acc` on
;;   text   the bytes to walk
;;   flags  a byte per accepting state, at `flags` + (row address - acc) / 4: 0 until the state
;;          is reached in the current text, then 1 (its events are no longer recorded: the
;;          caller needs only that it was reached); 2 for a state whose every event is wanted
;;          (its offsets are recorded). The caller sets the 2s and clears the 1s after a text.
(module
;; Shared, so that every thread walks one copy of the tables: each thread walks, and keeps its
  ;; events, text window and flags, in a region of its own (see WalkTables' `slot`).
  (import "env" "memory" (memory 1 65536 shared))
  ;; The current state's row address, carried over between calls (the text comes in windows).
  (global $s (export "state") (mut i32) (i32.const 0))
  ;; Where the next event goes.
  (global $ev (export "events") (mut i32) (i32.const 0))
  ;; Two 16-bit run counters in one i32 (rules without keywords gate on runs of a character
  ;; class: see KeywordPrefilter's runClasses): each step adds one to both and masks off the
  ;; ones the byte does not continue. `racc` ORs every value they take: its highest bit per half
  ;; bounds the longest run. Independent of the state's chain of loads, so nearly free.
  (global $r (export "run") (mut i32) (i32.const 0))
  (global $racc (export "runs") (mut i32) (i32.const 0))
  ;; The same counters' values plus `0x8000 - length` per half (`$rk`, set by the caller for one
  ;; length per class), ORed into `$rx`: bit 15 of a half is set exactly when a run of that class
  ;; reached that length. `$racc`'s bound is only within a power of two (a run of 8 reads as up
  ;; to 15), and a rule that needs a run of 12 then searched six times the texts that hold one.
  (global $rk (export "runLengths") (mut i32) (i32.const 0))
  (global $rx (export "runsReached") (mut i32) (i32.const 0))
  ;; Walks [p, end); stops early when the event area is full. Returns where it stopped. An
  ;; accepting step is recorded only the first time its state is reached, or every time for a
  ;; state flagged 2 (see `flags` above): on large texts most accepting steps are repeats.
  (func (export "walk") (param $p i32) (param $end i32) (param $cls i32) (param $acc i32) (param $evEnd i32) (param $runs i32) (param $flags i32) (result i32)
    (local $s i32) (local $ev i32) (local $c i32) (local $r i32) (local $racc i32) (local $f i32) (local $g i32)
    (local $rk i32) (local $rx i32)
    (local.set $s (global.get $s))
    (local.set $ev (global.get $ev))
    (local.set $r (global.get $r))
    (local.set $racc (global.get $racc))
    (local.set $rk (global.get $rk))
    (local.set $rx (global.get $rx))
    (block $done
      (br_if $done (i32.ge_u (local.get $p) (local.get $end)))
      (loop $loop
        (local.set $c (i32.shl (i32.load8_u (local.get $p)) (i32.const 2)))
        ;; s = table[s + cls[byte]]: one dependent load per byte
        (local.set $s
          (i32.load (i32.add (local.get $s) (i32.load (i32.add (local.get $cls) (local.get $c))))))
        (local.set $r
          (i32.and (i32.add (local.get $r) (i32.const 0x10001)) (i32.load (i32.add (local.get $runs) (local.get $c)))))
        (local.set $racc (i32.or (local.get $racc) (local.get $r)))
        (local.set $rx (i32.or (local.get $rx) (i32.add (local.get $r) (local.get $rk))))
        (local.set $p (i32.add (local.get $p) (i32.const 1)))
        (if (i32.ge_u (local.get $s) (local.get $acc))
          (then
            (local.set $f (i32.add (local.get $flags) (i32.shr_u (i32.sub (local.get $s) (local.get $acc)) (i32.const 2))))
            (local.set $g (i32.load8_u (local.get $f)))
            (if (i32.ne (local.get $g) (i32.const 1))
              (then
                (if (i32.eqz (local.get $g)) (then (i32.store8 (local.get $f) (i32.const 1))))
                (i32.store (local.get $ev) (local.get $p))
                (i32.store offset=4 (local.get $ev) (local.get $s))
                (local.set $ev (i32.add (local.get $ev) (i32.const 8)))
                (br_if $done (i32.ge_u (local.get $ev) (local.get $evEnd)))))))
        (br_if $loop (i32.lt_u (local.get $p) (local.get $end)))))
    (global.set $s (local.get $s))
    (global.set $ev (local.get $ev))
    (global.set $r (local.get $r))
    (global.set $racc (local.get $racc))
    (global.set $rx (local.get $rx))
    (local.get $p))

  ;; The second stretch's state, where its next event goes, and its run counter.
  (global $t (export "state2") (mut i32) (i32.const 0))
  (global $ev2 (export "events2") (mut i32) (i32.const 0))
  (global $r2 (export "run2") (mut i32) (i32.const 0))
  ;; Where the two stretches' event areas end: the thread's own (read only on recorded steps).
  (global $evMid (export "eventsMid") (mut i32) (i32.const 32768))
  (global $ev2End (export "events2End") (mut i32) (i32.const 65536))
  ;; Walks two stretches in step: the first's bytes are [p, end), and the second's byte at the
  ;; same step is 512 KiB further on (half the text window), so one pointer and one test serve
  ;; both. Both stretches record `p` in their events (the caller knows where each stretch is).
  ;; The layout's fixed places are immediates here, to leave registers to what the loop
  ;; carries: `cls` at 0, `runs` at 65536; the event areas' ends are globals ($evMid, $ev2End),
  ;; each thread's own (see wasm-walker.ts). Stops when the stretches end, or
  ;; after a step that filled either event area (both steps' events are stored first).
  (func (export "walk2") (param $p i32) (param $end i32) (param $acc i32) (param $flags i32) (result i32)
    (local $s i32) (local $t i32) (local $ev i32) (local $ev2 i32)
    (local $c i32) (local $d i32) (local $r i32) (local $r2 i32) (local $racc i32)
    (local $f i32) (local $g i32) (local $full i32) (local $rk i32) (local $rx i32)
    (local.set $s (global.get $s))
    (local.set $t (global.get $t))
    (local.set $ev (global.get $ev))
    (local.set $ev2 (global.get $ev2))
    (local.set $r (global.get $r))
    (local.set $r2 (global.get $r2))
    ;; One accumulator for both stretches: only their union is asked for.
    (local.set $racc (global.get $racc))
    (local.set $rk (global.get $rk))
    (local.set $rx (global.get $rx))
    (block $done
      (br_if $done (i32.ge_u (local.get $p) (local.get $end)))
      (loop $loop
        (local.set $c (i32.shl (i32.load8_u (local.get $p)) (i32.const 2)))
        (local.set $d (i32.shl (i32.load8_u offset=524288 (local.get $p)) (i32.const 2)))
        (local.set $s (i32.load (i32.add (local.get $s) (i32.load (local.get $c)))))
        (local.set $t (i32.load (i32.add (local.get $t) (i32.load (local.get $d)))))
        (local.set $r (i32.and (i32.add (local.get $r) (i32.const 0x10001)) (i32.load offset=65536 (local.get $c))))
        (local.set $r2 (i32.and (i32.add (local.get $r2) (i32.const 0x10001)) (i32.load offset=65536 (local.get $d))))
        (local.set $racc (i32.or (local.get $racc) (i32.or (local.get $r) (local.get $r2))))
        (local.set $rx
          (i32.or (local.get $rx)
            (i32.or (i32.add (local.get $r) (local.get $rk)) (i32.add (local.get $r2) (local.get $rk)))))
        (local.set $p (i32.add (local.get $p) (i32.const 1)))
        (if (i32.ge_u (local.get $s) (local.get $acc))
          (then
            (local.set $f (i32.add (local.get $flags) (i32.shr_u (i32.sub (local.get $s) (local.get $acc)) (i32.const 2))))
            (local.set $g (i32.load8_u (local.get $f)))
            (if (i32.ne (local.get $g) (i32.const 1))
              (then
                (if (i32.eqz (local.get $g)) (then (i32.store8 (local.get $f) (i32.const 1))))
                (i32.store (local.get $ev) (local.get $p))
                (i32.store offset=4 (local.get $ev) (local.get $s))
                (local.set $ev (i32.add (local.get $ev) (i32.const 8)))
                (local.set $full (i32.or (local.get $full) (i32.ge_u (local.get $ev) (global.get $evMid))))))))
        (if (i32.ge_u (local.get $t) (local.get $acc))
          (then
            (local.set $f (i32.add (local.get $flags) (i32.shr_u (i32.sub (local.get $t) (local.get $acc)) (i32.const 2))))
            (local.set $g (i32.load8_u (local.get $f)))
            (if (i32.ne (local.get $g) (i32.const 1))
              (then
                (if (i32.eqz (local.get $g)) (then (i32.store8 (local.get $f) (i32.const 1))))
                (i32.store (local.get $ev2) (local.get $p))
                (i32.store offset=4 (local.get $ev2) (local.get $t))
                (local.set $ev2 (i32.add (local.get $ev2) (i32.const 8)))
                (local.set $full (i32.or (local.get $full) (i32.ge_u (local.get $ev2) (global.get $ev2End))))))))
        (br_if $done (local.get $full))
        (br_if $loop (i32.lt_u (local.get $p) (local.get $end)))))
    (global.set $s (local.get $s))
    (global.set $t (local.get $t))
    (global.set $ev (local.get $ev))
    (global.set $ev2 (local.get $ev2))
    (global.set $r (local.get $r))
    (global.set $r2 (local.get $r2))
    (global.set $racc (local.get $racc))
    (global.set $rx (local.get $rx))
    (local.get $p))
)
