package classify

import (
	"bytes"
	"errors"
	"math"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

func tinyModel() *Model {
	m := &Model{
		Labels:     []string{None, "risk", "next"},
		DimBits:    4,
		Bias:       []float32{0.5, -0.2, 0.1},
		Thresholds: []float32{0, 0.4, 0.6},
	}
	for l := range m.Labels {
		w := make([]float32, 16)
		for i := range w {
			w[i] = float32((i*7+l*3)%11-5) / 10
		}
		m.Weights = append(m.Weights, w)
	}
	return m
}

func TestEncodeParseRoundTrip(t *testing.T) {
	m := tinyModel()
	m.Langs = []string{"en", "ko"}
	var buf bytes.Buffer
	require.NoError(t, m.Encode(&buf))
	got, err := Parse(bytes.NewReader(buf.Bytes()))
	require.NoError(t, err)
	require.Equal(t, m.Labels, got.Labels)
	require.Equal(t, m.DimBits, got.DimBits)
	require.Equal(t, m.Bias, got.Bias)
	require.Equal(t, m.Thresholds, got.Thresholds)
	require.Equal(t, m.Langs, got.Langs)
	for l := range m.Weights {
		for i, w := range m.Weights[l] {
			// int8 quantisation: within half a step of 0.5/127.
			require.InDelta(t, w, got.Weights[l][i], 0.5/127/2+1e-6, "label %d weight %d", l, i)
		}
	}
}

func TestParseVersion1(t *testing.T) {
	var buf bytes.Buffer
	require.NoError(t, tinyModel().Encode(&buf))
	b := buf.Bytes()
	// Version 1 is version 2 without the language list (the byte 0 before
	// the weights, for a model with none).
	v1 := append([]byte{}, b[:len(b)-3*16-1]...)
	v1 = append(v1, b[len(b)-3*16:]...)
	v1[4] = 1
	got, err := Parse(bytes.NewReader(v1))
	require.NoError(t, err)
	require.Nil(t, got.Langs)
	require.Equal(t, tinyModel().Labels, got.Labels)
}

func TestParseRejects(t *testing.T) {
	var good bytes.Buffer
	require.NoError(t, tinyModel().Encode(&good))
	b := good.Bytes()
	badFirst := tinyModel()
	badFirst.Labels = []string{"risk", None, "next"}
	var bf bytes.Buffer
	require.NoError(t, badFirst.Encode(&bf))
	tests := []struct {
		name string
		data []byte
	}{
		{"empty", nil},
		{"magic", append([]byte("XXXX"), b[4:]...)},
		{"version", append(append([]byte{}, b[:4]...), append([]byte{9}, b[5:]...)...)},
		{"truncated header", b[:5]},
		{"truncated weights", b[:len(b)-1]},
		{"first label not none", bf.Bytes()},
		{"too many bits", []byte("NBSC\x01\x02\x30")},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Parse(bytes.NewReader(tc.data))
			require.True(t, errors.Is(err, ErrBadModel), "err = %v", err)
		})
	}
}

func TestDecide(t *testing.T) {
	m := tinyModel()
	tests := []struct {
		p    []float64
		want string
	}{
		{[]float64{0.9, 0.05, 0.05}, None},
		{[]float64{0.3, 0.5, 0.2}, "risk"},   // risk clears 0.4
		{[]float64{0.1, 0.35, 0.55}, None},   // next below 0.6, risk below 0.4
		{[]float64{0.0, 0.35, 0.65}, "next"}, // only next clears its threshold
		{[]float64{0.0, 0.45, 0.62}, "next"}, // both clear: the more probable
		{[]float64{0.5, 0.45, 0.05}, "risk"}, // a cleared label beats none
	}
	for _, tc := range tests {
		got, _ := m.Decide(tc.p)
		require.Equal(t, tc.want, got, "p = %v", tc.p)
	}
}

func TestFeatures(t *testing.T) {
	in := Input{Text: "The strike could delay deliveries until the spring, officials warned.", Lang: "en", Index: 2, Count: 10}
	a := Features(in, 14)
	require.Equal(t, a, Features(in, 14), "deterministic")
	for i, f := range a {
		require.Less(t, f, uint32(1<<14))
		if i > 0 {
			require.Less(t, a[i-1], f, "sorted and distinct")
		}
	}
	ko := Features(Input{Text: "회사는 다음 달 신제품을 출시할 예정이다.", Lang: "ko"}, 14)
	require.NotEmpty(t, ko)
	// A huge sentence is read only up to maxText bytes.
	huge := Features(Input{Text: strings.Repeat("word ", 1<<20)}, 14)
	require.Less(t, len(huge), 64)
}

func TestDefault(t *testing.T) {
	m, err := Default()
	require.NoError(t, err)
	require.Equal(t, None, m.Labels[0])
	for _, s := range []Input{
		{Text: "The strike could delay deliveries until the spring.", Lang: "en"},
		{Text: "The vote is scheduled for next Thursday.", Lang: "en", Index: 3, Count: 12},
		{Text: "정부는 다음 달 대책을 발표할 예정이다.", Lang: "ko"},
		{Text: "", Lang: ""},
	} {
		p := m.Predict(s)
		require.Len(t, p, len(m.Labels))
		sum := 0.0
		for _, v := range p {
			require.False(t, math.IsNaN(v))
			sum += v
		}
		require.InDelta(t, 1, sum, 1e-9)
		l, _ := m.Decide(p)
		require.Contains(t, m.Labels, l)
	}
}

func FuzzParse(f *testing.F) {
	var good bytes.Buffer
	if err := tinyModel().Encode(&good); err != nil {
		f.Fatal(err)
	}
	f.Add(good.Bytes())
	f.Add([]byte("NBSC\x01\x02\x04"))
	f.Fuzz(func(t *testing.T, b []byte) {
		m, err := Parse(bytes.NewReader(b))
		if err != nil {
			if !errors.Is(err, ErrBadModel) {
				t.Fatalf("untyped error %v", err)
			}
			return
		}
		p := m.Predict(Input{Text: "A test sentence could matter.", Lang: "en"})
		if len(p) != len(m.Labels) {
			t.Fatalf("%d probabilities for %d labels", len(p), len(m.Labels))
		}
	})
}

func FuzzFeatures(f *testing.F) {
	f.Add("The strike could delay deliveries.", "en", 0, 3)
	f.Add("정부는 발표할 예정이다.", "ko", 2, 5)
	f.Fuzz(func(t *testing.T, text, lang string, index, count int) {
		for _, i := range Features(Input{Text: text, Lang: lang, Index: index, Count: count}, 10) {
			if i >= 1<<10 {
				t.Fatalf("index %d out of range", i)
			}
		}
	})
}

// BenchmarkPredict measures the embedded model on invented sentences;
// sentences/s is reported as a metric.
func BenchmarkPredict(b *testing.B) {
	m, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	ins := []Input{
		{Text: "The strike could delay deliveries until the spring, the union warned on Tuesday.", Lang: "en", Index: 1, Count: 20},
		{Text: "Shares in the company rose 4% after it reported record profits for the year.", Lang: "en", Index: 0, Count: 20},
		{Text: "It is unclear whether the minister will resign before the vote next week.", Lang: "en", Index: 5, Count: 20},
		{Text: "\"We are confident the plan will create thousands of jobs,\" the spokesman said.", Lang: "en", Index: 9, Count: 20},
		{Text: "정부는 다음 달 새 대책을 발표할 예정이다.", Lang: "ko", Index: 3, Count: 15},
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		m.Predict(ins[i%len(ins)])
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "sentences/s")
}

func TestDecides(t *testing.T) {
	m := tinyModel() // thresholds: none 0, risk 0.4, next 0.6
	m.Thresholds[2] = Off
	require.True(t, m.Decides("risk", "en"))
	require.True(t, m.Decides("risk", "ko"), "no language list: every language")
	require.False(t, m.Decides("next", "en"), "an Off threshold leaves the label to the caller's rules")
	require.False(t, m.Decides(None, "en"))
	require.False(t, m.Decides("opportunity", "en"), "not a label of the model")
	m.Langs = []string{"en"}
	require.True(t, m.Decides("risk", "en"))
	require.False(t, m.Decides("risk", "ko"), "a language the model does not decide keeps the rules")
	require.InDelta(t, 0.4, m.Threshold("risk"), 1e-6)
	require.Equal(t, float64(Off), m.Threshold("next"))
	require.Equal(t, float64(Off), m.Threshold("opportunity"))
	label, _ := m.Decide([]float64{0, 0.1, 0.9})
	require.Equal(t, None, label, "a label that is Off is never decided")
}
