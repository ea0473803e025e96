package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"sync"
)

// maxBatchLine is the longest input line batch reads; longer lines get an
// error record.
const maxBatchLine = 32 << 20

// batch reads articles line by line, builds their briefs with workers in
// parallel and writes one record per input line, in input order. A bad
// line gives an error record and the batch goes on; a write error, an
// unreadable input or ctx's end stops it at once and is returned. Once
// stopped, batch returns without waiting for a read in progress: its
// goroutines end with the read, or with the program.
func batch(ctx context.Context, in io.Reader, out io.Writer, workers int, p *progress) (batchStats, error) {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	type job struct {
		seq  int
		raw  []byte
		rerr error
	}
	type result struct {
		seq int
		out batchOut
	}
	jobs, results := make(chan job), make(chan result)
	var readErr error // set by the reader before it closes jobs
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				r := result{j.seq, processLine(ctx, j.seq+1, j.raw, j.rerr)}
				select {
				case results <- r:
				case <-ctx.Done():
				}
			}
		}()
	}
	go func() {
		defer func() {
			close(jobs)
			wg.Wait()
			close(results)
		}()
		r := bufio.NewReaderSize(in, 1<<20)
		for seq := 0; ; seq++ {
			raw, err := readLine(r)
			if err == io.EOF {
				return
			}
			if err != nil && !errors.Is(err, errLineTooLong) {
				readErr = fmt.Errorf("reading line %d: %w", seq+1, err)
				cancel()
				return
			}
			select {
			case jobs <- job{seq, raw, err}:
			case <-ctx.Done():
				return
			}
		}
	}()

	var st batchStats
	var werr error
	pending := map[int]batchOut{}
collect:
	for {
		var res result
		var ok bool
		select {
		case res, ok = <-results:
			if !ok {
				break collect
			}
		case <-ctx.Done():
			break collect // now: a reader blocked in Read cannot be waited for
		}
		pending[res.seq] = res.out
		for o, ok := pending[st.lines]; ok; o, ok = pending[st.lines] {
			delete(pending, st.lines)
			if werr = writeJSONLine(out, o); werr != nil {
				cancel()
				break collect
			}
			st.lines++
			switch {
			case o.bad:
				st.bad++
			case o.Error != "":
				st.failed++
			}
			p.update(st)
		}
	}
	p.done(st)
	switch {
	case werr != nil:
		return st, fmt.Errorf("writing the record of line %d: %w", st.lines+1, werr)
	case readErr != nil:
		return st, readErr
	}
	return st, context.Cause(ctx)
}

var errLineTooLong = fmt.Errorf("line longer than %d MiB", maxBatchLine>>20)

// readLine reads one line of at most maxBatchLine bytes, without its line
// ending; a longer line is consumed and reported as errLineTooLong.
func readLine(r *bufio.Reader) ([]byte, error) {
	var line []byte
	tooLong := false
	read := false
	for {
		chunk, isPrefix, err := r.ReadLine()
		if err != nil {
			if err == io.EOF && read {
				break
			}
			return nil, err
		}
		read = true
		if !tooLong {
			line = append(line, chunk...)
			if len(line) > maxBatchLine {
				line, tooLong = nil, true
			}
		}
		if !isPrefix {
			break
		}
	}
	if tooLong {
		return nil, errLineTooLong
	}
	return line, nil
}

// writeJSONLine writes v as one line in a single Write, so a reader of a
// stream sees whole records.
func writeJSONLine(w io.Writer, v any) error {
	data, err := json.Marshal(v)
	if err != nil {
		return err
	}
	_, err = w.Write(append(data, '\n'))
	return err
}
