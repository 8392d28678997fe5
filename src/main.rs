fn main() {
    xent_lab::start();
}
