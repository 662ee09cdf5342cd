/** JSON shapes of the public contract (../shared/CONTRACT.md): events, articles, actor mentions. */
package org.entente.json;
