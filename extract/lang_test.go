package extract

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsbrief/newsbrief/internal/langtag"
	"github.com/newsbrief/newsbrief/internal/sharedtest"
	"github.com/newsbrief/newsbrief/internal/trafeval"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestDetectLanguage(t *testing.T) {
	for _, tc := range []struct{ lang, text string }{
		{"en", "The council voted on Thursday to approve the extension of the tram line, which is expected to open in 2029 with the support of the state."},
		{"de", "Der Stadtrat hat am Donnerstag die Verlängerung der Straßenbahn beschlossen, die auch für den Flughafen wichtig ist und mit dem Land finanziert wird."},
		{"fr", "Le conseil municipal a approuvé jeudi le prolongement du tramway, qui doit ouvrir en 2029 et qui sera financé par la région et par les communes."},
		{"es", "El consejo aprobó el jueves la ampliación del tranvía, que se abrirá en 2029 con el apoyo de la región y de los municipios del área."},
		{"ko", "시의회는 목요일 공항까지 가는 트램 노선 연장안을 승인했다. 새 노선은 2029년에 개통될 예정이며 예산은 4억 8천만 유로다."},
		{"ja", "市議会は木曜日、空港までの路面電車の延伸を承認した。新しい路線は2029年に開業する予定で、予算は4億8千万ユーロである。"},
		{"ru", "Городской совет в четверг одобрил продление трамвайной линии до аэропорта, которая должна открыться в 2029 году по плану."},
		{"", "Tram 2029 — 480 M€"},
	} {
		assert.Equal(t, tc.lang, langtag.Detect(tc.text), tc.text)
	}
}

// TestDetectLanguageAgainstPages compares the guess from the extracted text
// with the language the page declares, on the trafilatura pages that
// declare one (primary subtag only).
func TestDetectLanguageAgainstPages(t *testing.T) {
	if testing.Short() {
		t.Skip("skipping the extraction of 487 pages in -short mode")
	}
	pages, err := trafeval.Load(filepath.Join(sharedtest.Dir(t), "data", "trafilatura"))
	require.NoError(t, err)
	agree, guessed, declared := 0, 0, 0
	for _, p := range pages {
		data, err := p.HTML()
		require.NoError(t, err)
		a, err := FromReader(bytes.NewReader(data), WithURL(p.URL))
		if err != nil || a.Language == "" {
			continue
		}
		want := strings.ToLower(strings.SplitN(a.Language, "-", 2)[0])
		declared++
		got := langtag.Detect(a.Text)
		if got == "" {
			continue
		}
		guessed++
		if got == want {
			agree++
		} else if testing.Verbose() {
			t.Logf("%s: declared %s, guessed %s", p.ID, want, got)
		}
	}
	t.Logf("language guessed on %d of %d pages that declare one; agrees on %d (%.1f%%)", guessed, declared, agree, 100*float64(agree)/float64(max(guessed, 1)))
	assert.GreaterOrEqual(t, float64(agree), 0.95*float64(guessed))
	assert.GreaterOrEqual(t, float64(guessed), 0.9*float64(declared))
}

func TestDetectLanguagePlaceholder(t *testing.T) {
	lorem := strings.Repeat("Lorem ipsum dolor sit amet, consectetur adipisicing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua. Ut enim ad minim veniam, quis nostrud exercitation ullamco laboris nisi ut aliquip ex ea commodo consequat. Duis aute irure dolor in reprehenderit in voluptate velit esse cillum dolore eu fugiat nulla pariatur. ", 3)
	assert.Empty(t, langtag.Detect(lorem))
}
