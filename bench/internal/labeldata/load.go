package labeldata

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// KoreanAEB are the AEB pages in Korean (the only Korean pages in
// shared/data besides kr50); the other AEB pages are not sampled.
var KoreanAEB = map[string]string{"0ec95c7261d122f304728e90c983450ef1ce1e0b423546835c397d50aaf0d0f2.html": ""}

// TrafilaturaURLs maps each page file of shared/data/trafilatura/html to
// its URL, from evaldata.json.
func TrafilaturaURLs(dir string) (map[string]string, error) {
	b, err := os.ReadFile(filepath.Join(dir, "evaldata.json"))
	if err != nil {
		return nil, err
	}
	var m map[string]struct {
		File string `json:"file"`
	}
	if err := json.Unmarshal(b, &m); err != nil {
		return nil, err
	}
	out := map[string]string{}
	for url, e := range m {
		out[e.File] = url
	}
	return out, nil
}

// LoadAll reads every source in shared/data and the list of pages chosen
// from trafilatura's corpus.
func LoadAll(dataDir, pagesFile string) (map[string][]Article, error) {
	out := map[string][]Article{}
	var err error
	summ := filepath.Join(dataDir, "summ")
	if out["bbc"], err = loadSumm(filepath.Join(summ, "bbc_news_summary.jsonl"), "bbc", "en"); err != nil {
		return nil, err
	}
	if out["cnndm"], err = loadSumm(filepath.Join(summ, "cnndm_frank.jsonl"), "cnndm", "en"); err != nil {
		return nil, err
	}
	if out["xsum"], err = loadSumm(filepath.Join(summ, "xsum_frank.jsonl"), "xsum", "en"); err != nil {
		return nil, err
	}
	if out["kr50"], err = loadSumm(filepath.Join(summ, "sci_news_sum_kr50.jsonl"), "kr50", "ko"); err != nil {
		return nil, err
	}
	if out["multiling"], err = loadMultiLing(filepath.Join(summ, "multiling2011_en.jsonl")); err != nil {
		return nil, err
	}
	if out["allsides"], err = loadAllSides(filepath.Join(dataDir, "multi", "allsides_neus.jsonl")); err != nil {
		return nil, err
	}
	if out["aeb"], err = loadPages(filepath.Join(dataDir, "aeb", "html"), "aeb", KoreanAEB, "ko"); err != nil {
		return nil, err
	}
	pages, err := readPageList(pagesFile)
	if err != nil {
		return nil, err
	}
	urls, err := TrafilaturaURLs(filepath.Join(dataDir, "trafilatura"))
	if err != nil {
		return nil, err
	}
	chosen := map[string]string{}
	for _, p := range pages {
		u, ok := urls[p]
		if !ok {
			return nil, fmt.Errorf("%s: %s is not in evaldata.json", pagesFile, p)
		}
		if strings.HasPrefix(u, "hard::") {
			u = ""
		}
		chosen[p] = u
	}
	if out["trafilatura"], err = loadPages(filepath.Join(dataDir, "trafilatura", "html"), "trafilatura", chosen, "en"); err != nil {
		return nil, err
	}
	for i := range out["trafilatura"] {
		if strings.HasPrefix(out["trafilatura"][i].ID, "trafilatura:world.kbs.co.kr") {
			out["trafilatura"][i].Lang = "en" // KBS World's English service
		}
	}
	return out, nil
}

// readPageList reads testdata/labels/pages.txt: one file name a line, #
// comments.
func readPageList(path string) ([]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		l := strings.TrimSpace(sc.Text())
		if l != "" && !strings.HasPrefix(l, "#") {
			out = append(out, l)
		}
	}
	return out, sc.Err()
}
