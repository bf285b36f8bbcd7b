package cn.renda.bench;

final class SearchBench implements Benchmark {
    @Override
    public String name() {
        return "search";
    }

    @Override
    public boolean perScale() {
        return true;
    }

    @Override
    public void run(BenchContext ctx) {}
}
