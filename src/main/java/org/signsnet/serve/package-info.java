/**
 * {@code signsnet serve}: a local web page and the JSON API it uses, on Javalin (Jetty 12). The
 * page is plain HTML, CSS and JavaScript from the class path ({@code web/}); images are read exactly
 * as {@code signsnet predict} reads them and run on a pool of networks, one request per network at a
 * time ({@link org.signsnet.serve.WebServer} lists the endpoints and errors).
 */
package org.signsnet.serve;
