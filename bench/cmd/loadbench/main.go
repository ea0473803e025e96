// Command loadbench measures `newsbrief serve` under load: it posts the
// article extraction benchmark (AEB) pages to POST /v1/briefs from 1, 4
// and 64 concurrent clients and reports requests per second, latency
// percentiles, errors and the server's resident memory (RSS), then runs
// a soak test to see whether the RSS stays flat. With -attack it measures
// instead a client sending small briefs, alone and while clients post
// pathological texts in a loop and slow connections drip their bodies.
//
// Run it from the bench module:
//
//	cd bench && go run ./cmd/loadbench                       # 1, 4, 64 clients; then a 60 s soak at 4
//	cd bench && go run ./cmd/loadbench -soak 0 -requests 200  # quicker, no soak
//	cd bench && go run ./cmd/loadbench -attack               # the attack run
//
// Flags:
//
//	-clients 1,4,64   concurrency levels (4 is twice the cores of the machine the targets were set on)
//	-requests N       requests per level (default 500), bounded by -max-time
//	-max-time D       longest a level runs (default 60s)
//	-soak D           length of the soak run (default 60s; 0 skips it)
//	-soak-clients N   clients of the soak run (default 4)
//	-distinct=false   send every client's requests from 127.0.0.1 (by default each simulated
//	                  client has its own loopback address, 127.1.x.y, so the server's per-client
//	                  limits see distinct clients; Linux routes all of 127/8 to loopback)
//	-attack           run the attack instead: -attack-requests small briefs (default 200) alone,
//	                  then again, for at least -attack-time (default 30s), while -patho-clients
//	                  clients (default 4) post texts of -patho-size bytes (default 2000000) of short
//	                  sentences in a loop and -slow connections (default 66) send their bodies a
//	                  byte every 4 s
//	-data DIR         AEB directory (default: shared/data/aeb beside the main module)
//	-bin FILE         a newsbrief binary to run (default: go build ./cmd/newsbrief of the main module)
//	-url URL          load a server that is already running instead (its RSS is read when -pid is given)
//	-pid PID          the process id of the -url server
//	-serve-args ARGS  more flags for newsbrief serve, such as "-workers 4"
//
// Each request's body is {"articles": [{"html": page, "url": page's URL}]};
// the pages are sent in turn, the same order at every level, after a
// warm-up pass that is not counted. A small brief's body is the first
// paragraphs (about 3 kB) of a page's ground-truth text. Latency is from
// sending the request to reading the whole response. An error is a
// failed request or any status but 200, a 503 with Retry-After counted
// apart. RSS is VmRSS from /proc, sampled every 100 ms; the peak is the
// largest sample and the kernel's VmHWM.
package main

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/newsbrief/newsbrief/internal/shared"
)

// options are the command line.
type options struct {
	clients     []int
	requests    int
	maxTime     time.Duration
	soak        time.Duration
	soakClients int
	data        string
	bin         string
	url         string
	pid         int
	serveArgs   []string
	distinct    bool
	attack      bool
	attackReqs  int
	attackTime  time.Duration
	pathoSize   int
	pathoCount  int
	slow        int
}

func main() {
	o, err := parseOptions()
	if err == nil {
		err = run(o)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "loadbench:", err)
		os.Exit(1)
	}
}

func parseOptions() (options, error) {
	var o options
	clients := flag.String("clients", "1,4,64", "comma-separated concurrency levels")
	flag.IntVar(&o.requests, "requests", 500, "requests per level")
	flag.DurationVar(&o.maxTime, "max-time", 60*time.Second, "longest a level runs")
	flag.DurationVar(&o.soak, "soak", 60*time.Second, "length of the soak run (0 skips it)")
	flag.IntVar(&o.soakClients, "soak-clients", 4, "clients of the soak run")
	flag.BoolVar(&o.distinct, "distinct", true, "give each simulated client its own loopback address")
	flag.BoolVar(&o.attack, "attack", false, "run the attack instead of the load levels")
	flag.IntVar(&o.attackReqs, "attack-requests", 200, "small briefs sent alone, then under attack")
	flag.DurationVar(&o.attackTime, "attack-time", 30*time.Second, "least time the small briefs are sent under attack")
	flag.IntVar(&o.pathoSize, "patho-size", 2000000, "bytes of each pathological text")
	flag.IntVar(&o.pathoCount, "patho-clients", 4, "clients posting pathological texts")
	flag.IntVar(&o.slow, "slow", 66, "slow-body connections")
	flag.StringVar(&o.data, "data", "", "AEB directory (default: shared/data/aeb beside the main module)")
	flag.StringVar(&o.bin, "bin", "", "newsbrief binary to run (default: built from the main module)")
	flag.StringVar(&o.url, "url", "", "base URL of a running server to load instead")
	flag.IntVar(&o.pid, "pid", 0, "process id of the -url server, to read its RSS")
	serveArgs := flag.String("serve-args", "", "more flags for newsbrief serve")
	flag.Parse()
	for _, c := range strings.Split(*clients, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(c))
		if err != nil || n < 1 {
			return o, fmt.Errorf("-clients %q: want numbers of at least 1", *clients)
		}
		o.clients = append(o.clients, n)
	}
	if o.requests < 1 || o.soakClients < 1 {
		return o, errors.New("-requests and -soak-clients must be at least 1")
	}
	o.serveArgs = strings.Fields(*serveArgs)
	if o.data == "" {
		dir, err := shared.Dir()
		if err != nil {
			return o, fmt.Errorf("%w; pass -data", err)
		}
		o.data = filepath.Join(dir, "data", "aeb")
	}
	return o, nil
}

func run(o options) error {
	if o.attack {
		return runAttack(o)
	}
	bodies, err := loadBodies(o.data)
	if err != nil {
		return err
	}
	srv, err := startServer(o)
	if err != nil {
		return err
	}
	defer srv.stop()
	fmt.Fprintf(os.Stderr, "loadbench: %d AEB pages (%.1f MB of request bodies) against %s\n", len(bodies), float64(totalSize(bodies))/1e6, srv.url)

	c := newClient(srv.url, o.distinct)
	if _, err := c.load(bodies, 1, len(bodies), o.maxTime, nil); err != nil { // warm-up
		return err
	}
	var levels []*result
	for _, n := range o.clients {
		fmt.Fprintf(os.Stderr, "loadbench: %d clients, %d requests…\n", n, o.requests)
		r, err := c.load(bodies, n, o.requests, o.maxTime, srv.rss)
		if err != nil {
			return err
		}
		levels = append(levels, r)
	}
	var soak *soakResult
	if o.soak > 0 {
		fmt.Fprintf(os.Stderr, "loadbench: soak, %d clients for %v…\n", o.soakClients, o.soak)
		if soak, err = c.soak(bodies, o.soakClients, o.soak, srv.rss); err != nil {
			return err
		}
	}
	report(os.Stdout, levels, soak, srv)
	return nil
}

func maxOf(xs []int) int {
	m := 0
	for _, x := range xs {
		m = max(m, x)
	}
	return m
}

// runAttack runs the attack (-attack) and reports it.
func runAttack(o options) error {
	small, err := loadSmall(o.data)
	if err != nil {
		return err
	}
	srv, err := startServer(o)
	if err != nil {
		return err
	}
	defer srv.stop()
	c := newClient(srv.url, o.distinct)
	if _, err := c.sequence(small, len(small), 0); err != nil { // warm-up
		return err
	}
	fmt.Fprintf(os.Stderr, "loadbench: attack: %d small briefs alone, then under %d clients of %d-byte texts and %d slow bodies…\n",
		o.attackReqs, o.pathoCount, o.pathoSize, o.slow)
	res, err := c.attack(small, o.attackReqs, o.attackTime, o.pathoCount, o.pathoSize, o.slow, srv.rss)
	if err != nil {
		return err
	}
	attackReport(os.Stdout, res, srv)
	return nil
}
